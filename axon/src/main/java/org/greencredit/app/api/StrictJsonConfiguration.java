package org.greencredit.app.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * The JSON the REST API reads is taken literally: a value of the wrong kind is refused rather than converted (no
 * number as a date or as text, no {@code "true"} or {@code 1} as a flag, no empty string as a missing value), and so
 * are unknown fields, repeated keys, {@code null} for a flag and anything after the document. A lenient reader
 * stored {@code establishedOn: 12345} as a date in 1970, and events are kept forever.
 *
 * <p>Only the web's message converter is made strict: the mapper that stores events is
 * {@link org.greencredit.app.messaging.SerializerConfiguration}'s own, so the stored form of events does not change.
 * Spring Boot uses this converter instead of its default one; its answers are written as before.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    @Bean
    public MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(
            Jackson2ObjectMapperBuilder builder) {
        return new MappingJackson2HttpMessageConverter(strict(builder).build());
    }

    static Jackson2ObjectMapperBuilder strict(Jackson2ObjectMapperBuilder builder) {
        return builder.featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                      .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                                         MapperFeature.ALLOW_COERCION_OF_SCALARS,
                                         DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                                         DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                      .deserializerByType(LocalDate.class, new StrictLocalDateDeserializer())
                      .postConfigurer(StrictJsonConfiguration::refuseCoercions);
    }

    private static void refuseCoercions(ObjectMapper mapper) {
        mapper.coercionConfigDefaults()
              .setAcceptBlankAsEmpty(false)
              .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Enum,
                                                   LogicalType.DateTime, LogicalType.Collection, LogicalType.Map,
                                                   LogicalType.POJO, LogicalType.Array}) {
            mapper.coercionConfigFor(type)
                  .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                  .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }
}
