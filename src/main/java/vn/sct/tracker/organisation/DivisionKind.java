package vn.sct.tracker.organisation;

/** What sort of unit a division is; the OFFICE registers, monitors and chases directives. */
public enum DivisionKind {
    OFFICE, DIVISION, INSPECTORATE, CENTRE
}
