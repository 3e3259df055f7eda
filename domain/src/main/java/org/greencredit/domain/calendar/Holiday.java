package org.greencredit.domain.calendar;

import java.time.LocalDate;

/** 法定节假日: a named run of days off, {@code from} to {@code to} inclusive. */
public record Holiday(String name, LocalDate from, LocalDate to) {
}
