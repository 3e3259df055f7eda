package org.greencredit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The {@code greencredit.*} settings bind with their defaults and refuse what cannot work, naming the setting. */
class GreenCreditPropertiesTest {

    @Test
    void theEmbeddedStoreKeepsMvStoresDefaultPageCacheUnlessTold() {
        assertThat(bind(Map.of()).mongo().embeddedCacheMb()).isEqualTo(16);
        assertThat(bind(Map.of("greencredit.mongo.embedded-cache-mb", "128")).mongo().embeddedCacheMb())
                .isEqualTo(128);
    }

    @Test
    void aPageCacheBelowOneMegabyteIsRefusedByName() {
        assertThatThrownBy(() -> bind(Map.of("greencredit.mongo.embedded-cache-mb", "0")))
                .rootCause().hasMessageContaining("greencredit.mongo.embedded-cache-mb must be at least 1, was 0");
    }

    private static GreenCreditProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("greencredit", Bindable.of(GreenCreditProperties.class));
    }
}
