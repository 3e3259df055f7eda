package org.greencredit.domain.inspector;

import java.util.Optional;

/**
 * 执法证号 already in the directory, each with the inspector who holds it. The application answers from the event
 * store itself (the claim stream of the number), so the answer can never drift from what is stored.
 */
public interface CertificateNumbers {

    /** The id of the inspector holding the canonical number, if anyone does. */
    Optional<String> holder(String canonicalNumber);
}
