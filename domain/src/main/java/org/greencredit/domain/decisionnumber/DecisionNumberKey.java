package org.greencredit.domain.decisionnumber;

import java.text.Normalizer;

/**
 * The form of a decision number used to compare numbers: full-width characters folded to half-width, every kind
 * of bracket around the year written as 〔〕, blanks removed, letters upper case. So 「通环罚[2025]12号」 and
 * 「通环罚〔２０２５〕12 号」 are the same document.
 */
public final class DecisionNumberKey {

    private DecisionNumberKey() {
    }

    public static String of(String decisionNo) {
        String folded = Normalizer.normalize(decisionNo, Normalizer.Form.NFKC)
                                  .replaceAll("\\s+", "")
                                  .toUpperCase(java.util.Locale.ROOT);
        return folded.replaceAll("[\\[【（(]", "〔").replaceAll("[\\]】）)]", "〕");
    }

    /** The id of the claim aggregate holding a number; it cannot collide with a credit code. */
    public static String claimId(String decisionNo) {
        return "decision-no:" + of(decisionNo);
    }
}
