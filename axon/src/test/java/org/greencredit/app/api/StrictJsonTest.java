package org.greencredit.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.ui.security.NewUserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** What the API's reader takes literally, and what it still takes. */
class StrictJsonTest {

    private final ObjectMapper mapper = new StrictJsonConfiguration()
            .mappingJackson2HttpMessageConverter(new Jackson2ObjectMapperBuilder()).getObjectMapper();
    private final String valid = TestEnterprises.registrationJson(701, "严格读取企业");

    @Test
    void aValidRegistrationIsReadAsWritten() throws Exception {
        assertThat(mapper.readValue(valid, RegisterEnterprise.class))
                .isEqualTo(TestEnterprises.registration(701, "严格读取企业"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "12345.0", "[2010,5,20]", "\"2010-5-20\"", "\"2010/05/20\"", "\"2010-02-30\"",
                            "\"20100520\"", "\"2010-05-20T00:00:00\"", "\"\"", "\" \"", "true", "{}"})
    void aDateIsOnlyAnExistingDayWrittenAsYyyyMmDd(String date) {
        String body = valid.replace("\"establishedOn\":\"2010-05-20\"", "\"establishedOn\":" + date);

        assertThatThrownBy(() -> mapper.readValue(body, RegisterEnterprise.class))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"name\":12345", "\"name\":true", "\"name\":1.5", "\"name\":[\"a\"]",
                            "\"keyPolluter\":\"true\"", "\"keyPolluter\":1", "\"keyPolluter\":null",
                            "\"subdistrict\":0", "\"subdistrict\":\"\"", "\"managementClass\":\"simplified\"",
                            "\"contact\":\"\"", "\"industry\":[]"})
    void aScalarOfAnotherKindIsNotConverted(String field) {
        String name = field.substring(0, field.indexOf(':'));
        String body = valid.replaceFirst(java.util.regex.Pattern.quote(name) + ":(\"[^\"]*\"|true|false|\\{[^}]*\\})",
                                         java.util.regex.Matcher.quoteReplacement(field));
        assertThat(body).as("the field was replaced").contains(field);

        assertThatThrownBy(() -> mapper.readValue(body, RegisterEnterprise.class))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    }

    @Test
    void anAbsentOptionalValueIsStillTaken() throws Exception {
        NewUserAccount account = mapper.readValue("{\"username\":\"partner\",\"displayName\":\"合作银行\","
                                                  + "\"role\":\"PARTNER\",\"department\":\"某银行\","
                                                  + "\"password\":\"a-long-password\"}", NewUserAccount.class);

        assertThat(account.creditCode()).isNull();
    }

    @Test
    void answersAreWrittenAsBefore() throws Exception {
        assertThat(mapper.writeValueAsString(Map.of("day", LocalDate.of(2025, 5, 12))))
                .isEqualTo("{\"day\":\"2025-05-12\"}");
    }
}
