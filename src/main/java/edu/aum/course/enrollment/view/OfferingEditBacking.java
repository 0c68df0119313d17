package edu.aum.course.enrollment.view;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.Course;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.api.Schedule;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.faces.Pages;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /admin/offering.xhtml[?id=ID | ?course=ID]: a new offering, or changes to one, and its teaching team (both
 * optimistically locked by the offering's version: a change of the team by someone else is refused, as one of
 * the dates would be).
 */
@Named
@ViewScoped
public class OfferingEditBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseService courses;

    private Long id;
    private long version;
    private Long courseId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Integer capacity;
    private Integer essaysRequired = Offering.DEFAULT_ESSAYS_REQUIRED;
    private List<Course> allCourses;
    private List<Account> instructors = List.of();
    private List<Account> team = List.of();
    private List<Long> teamIds = new ArrayList<>();
    private String reminderHours;

    @Inject
    ActiveUser activeUser;

    /** f:viewAction */
    public void load() {
        allCourses = courses.courses();
        if (id != null) {
            courses.findOffering(id).ifPresentOrElse(this::fill, NotFound::answer);
        }
    }

    private void fillTeam(Offering offering) {
        team = courses.team(offering.getId());
        teamIds = new ArrayList<>(team.stream().map(Account::getId).toList());
        Map<Long, Account> choices = new LinkedHashMap<>();
        courses.instructors().forEach(a -> choices.put(a.getId(), a));
        team.forEach(a -> choices.putIfAbsent(a.getId(), a)); // one since deactivated stays until taken off
        instructors = choices.values().stream()
                .sorted(Comparator.comparing(Account::getFullName).thenComparing(Account::getId))
                .toList();
    }

    /** Saves the teaching team alone; the offering's other fields keep what was typed. */
    public void saveTeam() {
        Offering saved = courses.changeTeam(activeUser.getId(), id, version, teamIds);
        version = saved.getVersion();
        fillTeam(saved);
        Messages.info(null, "admin.offering.team.saved");
    }

    /** Saves the reminder hours alone, as saveTeam does the team. */
    public void saveReminders() {
        Offering saved = courses.changeReminders(activeUser.getId(), id, version, reminderHours);
        version = saved.getVersion();
        reminderHours = saved.getReminderHours().toString();
        Messages.info(null, "admin.offering.reminders.saved");
    }

    private void fill(Offering offering) {
        fillTeam(offering);
        reminderHours = offering.getReminderHours().toString();
        version = offering.getVersion();
        courseId = offering.getCourse().getId();
        startsOn = offering.getSchedule().getStartsOn();
        endsOn = offering.getSchedule().getEndsOn();
        opensOn = offering.getSchedule().getOpensOn();
        closesOn = offering.getSchedule().getClosesOn();
        capacity = offering.getCapacity();
        essaysRequired = offering.getEssaysRequired();
    }

    public String save() {
        Schedule schedule = new Schedule(startsOn, endsOn, opensOn, closesOn);
        int essays = essaysRequired == null ? Offering.DEFAULT_ESSAYS_REQUIRED : essaysRequired;
        Offering saved = id == null
                ? courses.addOffering(courseId, schedule, capacity, essays)
                : courses.editOffering(id, version, courseId, schedule, capacity, essays);
        return Pages.redirect("/admin/offering?id=" + saved.getId(), "admin.offering.saved");
    }

    public List<Account> getInstructors() {
        return instructors;
    }

    public List<Account> getTeam() {
        return team;
    }

    public List<Long> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(List<Long> teamIds) {
        this.teamIds = teamIds == null ? new ArrayList<>() : teamIds;
    }

    public String getReminderHours() {
        return reminderHours;
    }

    public void setReminderHours(String reminderHours) {
        this.reminderHours = reminderHours;
    }

    public List<Course> getAllCourses() {
        return allCourses;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getEssaysRequired() {
        return essaysRequired;
    }

    public void setEssaysRequired(Integer essaysRequired) {
        this.essaysRequired = essaysRequired;
    }
}
