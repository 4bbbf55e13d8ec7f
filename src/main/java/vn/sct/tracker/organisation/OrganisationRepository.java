package vn.sct.tracker.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code org_division} (Flyway V2). */
@Repository
public class OrganisationRepository {

    private final JdbcClient jdbc;

    public OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Division> activeDivisions() {
        return jdbc.sql("SELECT code, name, kind, deputy_in_charge, sort_order, active FROM org_division"
                        + " WHERE active = TRUE ORDER BY sort_order, code")
                .query((rs, n) -> new Division(rs.getString("code"), rs.getString("name"),
                        DivisionKind.valueOf(rs.getString("kind")), rs.getString("deputy_in_charge"),
                        rs.getInt("sort_order"), rs.getBoolean("active")))
                .list();
    }

    public Optional<Division> find(String code) {
        return jdbc.sql("SELECT code, name, kind, deputy_in_charge, sort_order, active FROM org_division"
                        + " WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new Division(rs.getString("code"), rs.getString("name"),
                        DivisionKind.valueOf(rs.getString("kind")), rs.getString("deputy_in_charge"),
                        rs.getInt("sort_order"), rs.getBoolean("active")))
                .optional();
    }

    public void setDeputyInCharge(String code, String deputyUserId) {
        jdbc.sql("UPDATE org_division SET deputy_in_charge = :deputy WHERE code = :code")
                .param("deputy", deputyUserId)
                .param("code", code)
                .update();
    }
}
