package org.greencredit.domain.access;

/**
 * Why a sign-in failed: wrong user name or password (one reason for both, as the user is told), an account an
 * administrator disabled, or another refusal of the credentials.
 */
public enum SignInFailure {
    BAD_CREDENTIALS,
    ACCOUNT_DISABLED,
    OTHER
}
