package vn.sct.tracker.organisation;

/** A division of the Department (phòng chuyên môn, Văn phòng, Thanh tra, Trung tâm). */
public record Division(String code, String name, DivisionKind kind, String deputyInCharge, int sortOrder,
                       boolean active) {
}
