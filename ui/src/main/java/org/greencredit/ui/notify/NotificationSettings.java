package org.greencredit.ui.notify;

/** Where an enterprise user's e-mail copies go (null or blank: none) and their language tag ({@code zh-CN}, {@code en}). */
public record NotificationSettings(String email, String language) {
}
