package org.greencredit.domain.trial;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.greencredit.domain.common.CanonicalJson;
import org.greencredit.domain.fact.ResolvedFact;

/**
 * The result hash of a trial: SHA-256 (lower-case hex) of UTF-8 text made of lines joined by {@code \n}, each the
 * canonical JSON ({@link CanonicalJson}: sorted keys, no blanks, plain decimals, ISO dates) of
 * <ol>
 *   <li>the header — version hash, baseline kind, baseline version hash (null for the grades in force), period,
 *       decision date, population size;</li>
 *   <li>one {@link TrialOutcome} per enterprise, by credit code — grade, total, points per dimension and the vetoes,
 *       ceilings and downgrades hit under the baseline and the trial version, and the movement;</li>
 *   <li>one {@link Sensitivity} per difference of the versions, by its key.</li>
 * </ol>
 * Distributions, dimension totals, rule hits and movers are functions of these lines, so they are covered too.
 * Nothing in it depends on the clock, the thread count or the order the population was read in.
 */
public final class TrialHash {

    private TrialHash() {
    }

    record Header(String versionHash, Baseline baseline, String baselineHash, LocalDate periodFrom,
                  LocalDate periodTo, LocalDate asOf, int population) {
    }

    static String of(Header header, List<TrialOutcome> outcomes, List<Sensitivity> sensitivity) {
        MessageDigest digest = sha256();
        update(digest, CanonicalJson.write(header));
        outcomes.forEach(outcome -> update(digest, "\n" + CanonicalJson.write(outcome)));
        sensitivity.forEach(line -> update(digest, "\n" + CanonicalJson.write(line)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The hash of a population's input: one canonical JSON line per enterprise, by credit code, of its credit code
     * and resolved facts — so a rerun that differs can be told apart from facts that changed since.
     */
    static String inputs(List<TrialSubject> sortedSubjects) {
        MessageDigest digest = sha256();
        for (int i = 0; i < sortedSubjects.size(); i++) {
            TrialSubject subject = sortedSubjects.get(i);
            update(digest, (i == 0 ? "" : "\n") + CanonicalJson.write(new Input(subject.creditCode(), subject.facts())));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private record Input(String creditCode, List<ResolvedFact> facts) {
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
