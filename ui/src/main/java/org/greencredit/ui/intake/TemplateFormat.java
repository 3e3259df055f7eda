package org.greencredit.ui.intake;

/** The file formats an import template is offered in, and an import file may have. */
public enum TemplateFormat {
    XLSX,
    CSV
}
