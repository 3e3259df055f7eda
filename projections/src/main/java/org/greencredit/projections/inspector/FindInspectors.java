package org.greencredit.projections.inspector;

/** Every inspector of the 执法人员名录, active or not, ordered by inspector id; answered as {@link InspectorList}. */
public record FindInspectors() {
}
