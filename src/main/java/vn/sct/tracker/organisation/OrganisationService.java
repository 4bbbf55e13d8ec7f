package vn.sct.tracker.organisation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.sct.tracker.common.EngineInternal;
import vn.sct.tracker.common.NotFoundException;

/**
 * Who is who in the Department, read from the organisation data (divisions in {@code org_division},
 * people and memberships in the engine's identity store). The BPMN refers to it as {@code organisation}
 * for candidate groups, so no group or user id is written in a diagram.
 */
@Service("organisation")
public class OrganisationService {

    private static final long NAME_MEMORY_NANOS = 60_000_000_000L;
    private final java.util.concurrent.ConcurrentHashMap<String, DisplayName> displayNames =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final OrganisationRepository divisions;
    private final IdentityService identity;
    private final OrganisationProperties properties;

    public OrganisationService(OrganisationRepository divisions, IdentityService identity,
                               OrganisationProperties properties) {
        this.divisions = divisions;
        this.identity = identity;
        this.properties = properties;
    }

    public String directorGroup() {
        return properties.directorGroup();
    }

    public String adminGroup() {
        return properties.adminGroup();
    }

    public String deputyGroup() {
        return properties.deputyGroup();
    }

    /** The group of the Office (Văn phòng Sở): registers, issues, monitors and chases. */
    public String officeGroup() {
        return divisionGroup(office().code());
    }

    public Division office() {
        return divisions.activeDivisions().stream().filter(d -> d.kind() == DivisionKind.OFFICE).findFirst()
                .orElseThrow(() -> new IllegalStateException("The organisation has no OFFICE division"));
    }

    /** All staff of a division. */
    public String divisionGroup(String code) {
        return "div-" + code.toLowerCase(Locale.ROOT);
    }

    /** The leaders of a division (Trưởng phòng, Phó Trưởng phòng, Giám đốc Trung tâm). */
    public String headGroup(String code) {
        return divisionGroup(code) + "-head";
    }

    /** The group of the deputy in charge of a division (follows all its tasks). */
    public String deputyFollowGroup(String code) {
        return divisionGroup(code) + "-deputy";
    }

    public List<Division> divisions() {
        return divisions.activeDivisions();
    }

    public Optional<Division> division(String code) {
        return code == null ? Optional.empty() : divisions.find(code).filter(Division::active);
    }

    public Division requireDivision(String code) {
        return division(code).orElseThrow(() -> new NotFoundException("notFound.division", code));
    }

    public String divisionName(String code) {
        return division(code).map(Division::name).orElse(code);
    }

    /** The deputy director in charge of a division, if the organisation data names one. */
    public Optional<String> deputyInChargeOf(String code) {
        return division(code).map(Division::deputyInCharge).filter(s -> !s.isBlank());
    }

    public boolean isMember(String userId, String groupId) {
        return userId != null && internal(() ->
                identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
    }

    public boolean isDeputy(String userId) {
        return isMember(userId, deputyGroup());
    }

    public List<User> members(String groupId) {
        return internal(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserLastName().asc()
                .orderByUserFirstName().asc().list());
    }

    /** Specialists of a division: its staff who are not among its leaders. */
    public List<User> specialistsOf(String code) {
        Set<String> heads = members(headGroup(code)).stream().map(User::getId).collect(Collectors.toSet());
        return members(divisionGroup(code)).stream().filter(u -> !heads.contains(u.getId())).toList();
    }

    public List<User> deputies() {
        return members(deputyGroup());
    }

    /** A user of the identity store, if there is one with this id. */
    public Optional<User> user(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(internal(() -> identity.createUserQuery().userId(userId).singleResult()));
    }

    /**
     * "Họ Tên" of a user, or the id itself if the identity store does not know it. Every form lists the
     * people of the trail, so names are remembered for a minute: a renamed user shows under the new name
     * within that minute.
     */
    public String displayName(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        long now = System.nanoTime();
        DisplayName known = displayNames.get(userId);
        if (known != null && now - known.at() < NAME_MEMORY_NANOS) {
            return known.name();
        }
        User user = internal(() -> identity.createUserQuery().userId(userId).singleResult());
        String name = user == null ? userId : fullName(user);
        if (displayNames.size() > 10_000) {
            displayNames.clear();
        }
        displayNames.put(userId, new DisplayName(name, now));
        return name;
    }

    private record DisplayName(String name, long at) {
    }

    public static String fullName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }

    /** Options (value = code, label = name) for the division selects of the forms. */
    public List<Map<String, String>> divisionOptions() {
        return divisions().stream().sorted(Comparator.comparingInt(Division::sortOrder))
                .map(d -> option(d.code(), d.name())).toList();
    }

    public List<Map<String, String>> userOptions(List<User> users) {
        return users.stream().map(u -> option(u.getId(), fullName(u))).toList();
    }

    private static Map<String, String> option(String value, String label) {
        Map<String, String> option = new LinkedHashMap<>();
        option.put("label", label);
        option.put("value", value);
        return option;
    }

    /**
     * Runs an identity look-up without the calling user's authorizations when inside an engine step:
     * the organisation is the application's business, not the user's query.
     */
    private static <T> T internal(Supplier<T> lookup) {
        return EngineInternal.withoutAuthorization(lookup);
    }
}
