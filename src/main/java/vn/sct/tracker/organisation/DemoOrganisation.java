package vn.sct.tracker.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo Department (profile {@code demo}, the default): a director, three deputy directors each in
 * charge of some divisions, and for every division a head and two specialists. All share one demo
 * password. Created once; the logins are printed at every start so a newcomer can sign in.
 */
@Component
@Profile("demo")
public class DemoOrganisation {

    private static final Logger LOG = LoggerFactory.getLogger(DemoOrganisation.class);

    /** Login, family and middle names, given name, division (null for leadership), role. */
    record Person(String id, String familyNames, String givenName, String division, String role) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("giamdoc", "Trần Quốc", "Hùng", null, "Giám đốc Sở"),
            new Person("pgd.hai", "Lê Thanh", "Hải", null, "Phó Giám đốc"),
            new Person("pgd.lan", "Nguyễn Thị", "Lan", null, "Phó Giám đốc"),
            new Person("pgd.tuan", "Phạm Anh", "Tuấn", null, "Phó Giám đốc"),
            new Person("vp.tp", "Hoàng Văn", "Nam", "VP", "Chánh Văn phòng"),
            new Person("vp.cv1", "Đỗ Thị", "Hương", "VP", "Chuyên viên"),
            new Person("vp.cv2", "Bùi Minh", "Đức", "VP", "Chuyên viên"),
            new Person("ttra.tp", "Võ Văn", "Thành", "TTRA", "Chánh Thanh tra"),
            new Person("ttra.cv1", "Ngô Thị", "Mai", "TTRA", "Thanh tra viên"),
            new Person("ttra.cv2", "Đặng Văn", "Long", "TTRA", "Thanh tra viên"),
            new Person("khtc.tp", "Phan Thị", "Hoa", "KHTC", "Trưởng phòng"),
            new Person("khtc.cv1", "Trịnh Văn", "Khoa", "KHTC", "Chuyên viên"),
            new Person("khtc.cv2", "Lý Thị", "Ngọc", "KHTC", "Chuyên viên"),
            new Person("qlcn.tp", "Đinh Công", "Minh", "QLCN", "Trưởng phòng"),
            new Person("qlcn.cv1", "Hồ Thị", "Thu", "QLCN", "Chuyên viên"),
            new Person("qlcn.cv2", "Vũ Đức", "Anh", "QLCN", "Chuyên viên"),
            new Person("qltm.tp", "Mai Văn", "Bình", "QLTM", "Trưởng phòng"),
            new Person("qltm.cv1", "Tạ Thị", "Linh", "QLTM", "Chuyên viên"),
            new Person("qltm.cv2", "Lương Quang", "Huy", "QLTM", "Chuyên viên"),
            new Person("qlnl.tp", "Cao Văn", "Sơn", "QLNL", "Trưởng phòng"),
            new Person("qlnl.cv1", "Dương Thị", "Yến", "QLNL", "Chuyên viên"),
            new Person("qlnl.cv2", "Kiều Văn", "Tâm", "QLNL", "Chuyên viên"),
            new Person("ktat.tp", "Lâm Thị", "Hạnh", "KTAT", "Trưởng phòng"),
            new Person("ktat.cv1", "Châu Văn", "Phúc", "KTAT", "Chuyên viên"),
            new Person("ktat.cv2", "Tô Thị", "Nhung", "KTAT", "Chuyên viên"),
            new Person("ttkc.tp", "Quách Văn", "Hải", "TTKC", "Giám đốc Trung tâm"),
            new Person("ttkc.cv1", "Văn Thị", "Thảo", "TTKC", "Viên chức"),
            new Person("ttkc.cv2", "Ông Đức", "Trung", "TTKC", "Viên chức"));

    /** Which deputy director is in charge of which division (data: editable after start). */
    static final List<String[]> DEPUTY_IN_CHARGE = List.of(
            new String[] {"QLCN", "pgd.hai"}, new String[] {"QLNL", "pgd.hai"}, new String[] {"KTAT", "pgd.hai"},
            new String[] {"QLTM", "pgd.lan"}, new String[] {"TTKC", "pgd.lan"}, new String[] {"KHTC", "pgd.lan"},
            new String[] {"VP", "pgd.tuan"}, new String[] {"TTRA", "pgd.tuan"});

    private final IdentityService identity;
    private final OrganisationService organisation;
    private final OrganisationRepository divisions;
    private final String password;

    public DemoOrganisation(IdentityService identity, OrganisationService organisation,
                            OrganisationRepository divisions, @Value("${tracker.demo.password}") String password) {
        this.identity = identity;
        this.organisation = organisation;
        this.divisions = divisions;
        this.password = password;
    }

    public String password() {
        return password;
    }

    /** Creates whatever of the demo organisation is missing; leaves changes made since alone. */
    public void create() {
        for (Person p : PEOPLE) {
            if (identity.createUserQuery().userId(p.id()).count() > 0) {
                continue;
            }
            User user = identity.newUser(p.id());
            user.setFirstName(p.familyNames());
            user.setLastName(p.givenName());
            user.setEmail(p.id() + "@sct.example");
            user.setPassword(password);
            identity.saveUser(user);
            for (String group : groupsOf(p)) {
                identity.createMembership(p.id(), group);
            }
        }
        for (String[] pair : DEPUTY_IN_CHARGE) {
            if (organisation.deputyInChargeOf(pair[0]).isEmpty()) {
                divisions.setDeputyInCharge(pair[0], pair[1]);
            }
        }
    }

    private List<String> groupsOf(Person p) {
        List<String> groups = new ArrayList<>();
        if (p.division() == null) {
            groups.add(p.id().equals("giamdoc") ? organisation.directorGroup() : organisation.deputyGroup());
        } else {
            groups.add(organisation.divisionGroup(p.division()));
            if (p.id().endsWith(".tp")) {
                groups.add(organisation.headGroup(p.division()));
            }
        }
        return groups;
    }

    /** The table of demo logins printed at start-up. */
    public void printLogins(String adminUser, String url) {
        StringBuilder out = new StringBuilder("\n\n=== Demo: Sở Công Thương (dữ liệu mẫu) ===\n")
                .append("Mở ").append(url).append(" — mật khẩu chung của mọi tài khoản demo: ").append(password)
                .append("\n");
        out.append(String.format(Locale.ROOT, "  %-10s %-26s %s%n", adminUser, "Quản trị hệ thống", "Camunda Admin"));
        for (Person p : PEOPLE) {
            String unit = p.division() == null ? "Ban Giám đốc" : organisation.divisionName(p.division());
            out.append(String.format(Locale.ROOT, "  %-10s %-26s %s%n", p.id(),
                    p.familyNames() + " " + p.givenName(), p.role() + ", " + unit));
        }
        LOG.info(out.toString());
    }
}
