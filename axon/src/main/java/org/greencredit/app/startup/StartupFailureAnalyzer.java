package org.greencredit.app.startup;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.ui.i18n.Translations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Says in one line, in the user's language (the JVM's: Chinese for {@code zh}, English otherwise), why the
 * application could not start and which property to change: a port taken (read-model store, web server), a data
 * directory another process holds or this one cannot write, a configuration the application refuses. Registered in
 * {@code META-INF/spring.factories}; runs before Spring Boot's own analyzers, and {@link OneLineFailureReporter}
 * prints the line.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer, Ordered {

    private final Environment environment;
    private final Translations translations = new Translations();

    public StartupFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String line = explain(cause);
            if (line != null) {
                return new FailureAnalysis(line, null, failure);
            }
        }
        return null;
    }

    private String explain(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        if (cause instanceof ReadModelPortInUseException taken) {
            return text("startup.failed.readModelPort", String.valueOf(taken.port()));
        }
        if (cause instanceof PortInUseException taken) {
            return text("startup.failed.webPort", String.valueOf(taken.getPort()));
        }
        if (cause instanceof StartRefusal refusal) {
            return text("startup.failed.refused", text(refusal.messageKey(), refusal.arguments()));
        }
        if (message.contains("The file is locked") || message.contains("lockFile")
            || message.contains("Database lock acquisition failure")) {
            return text("startup.failed.dataDirInUse", dataDir());
        }
        if (cause instanceof AccessDeniedException || cause instanceof FileSystemException
            && message.contains("Read-only file system")) {
            return text("startup.failed.dataDirUnwritable", dataDir());
        }
        return null;
    }

    private String dataDir() {
        return GreenCreditProperties.dataDir(environment).toString();
    }

    private String text(String key, Object... arguments) {
        Locale locale = "zh".equals(Locale.getDefault().getLanguage()) ? Translations.CHINESE : Translations.ENGLISH;
        return translations.getTranslation(key, locale, arguments);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
