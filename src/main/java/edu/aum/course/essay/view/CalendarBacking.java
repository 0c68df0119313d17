package edu.aum.course.essay.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.essay.control.CalendarFeeds;
import edu.aum.course.essay.entity.CalendarFeed;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /student/calendar.xhtml: the student's private calendar link. The address is shown once, in the view that made it:
 * only its hash is stored, so it cannot be shown again; a student who lost it makes a new one (the old stops working).
 */
@Named
@ViewScoped
public class CalendarBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarFeeds feeds;

    @Inject
    ActiveUser activeUser;

    private CalendarFeed feed;
    private String newUrl;

    @PostConstruct
    void load() {
        feed = feeds.find(activeUser.getId()).orElse(null);
    }

    public void create() {
        boolean replaced = isActive();
        newUrl = feeds.url(feeds.create(activeUser.getId(), feed == null ? null : feed.getVersion()));
        load();
        Messages.info(null, replaced ? "student.calendar.replaced" : "student.calendar.created");
    }

    public void revoke() {
        if (feed == null) {
            throw new BusinessException("calendar.notActive");
        }
        feeds.revoke(activeUser.getId(), feed.getVersion());
        newUrl = null;
        load();
        Messages.info(null, "student.calendar.revoked");
    }

    public boolean isActive() {
        return feed != null && feed.isActive();
    }

    public CalendarFeed getFeed() {
        return feed;
    }

    /** The address just made, or null: shown in this view only. */
    public String getNewUrl() {
        return newUrl;
    }
}
