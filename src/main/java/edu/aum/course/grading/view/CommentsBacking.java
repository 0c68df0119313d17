package edu.aum.course.grading.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.grading.control.CommentBankService;
import edu.aum.course.grading.control.CommentService;
import edu.aum.course.grading.entity.BankComment;
import edu.aum.course.grading.entity.CommentLanguage;
import edu.aum.course.grading.entity.InlineComment;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The inline comments and the comment bank of /staff/mark.xhtml?review=ID: the passage chosen in the essay (offsets
 * and quote, set by resources/js/comments.js), the comment's words, the comments listed with their quotes (edited in
 * place), and the marker's bank for the essay's course, whose comments go into a comment or the feedback.
 */
@Named
@ViewScoped
public class CommentsBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CommentService comments;

    @Inject
    transient CommentBankService bank;

    @Inject
    transient MarkBacking mark;

    @Inject
    ActiveUser activeUser;

    private Long reviewId;
    private List<InlineComment> list = List.of();
    private List<BankComment> bankList = List.of();
    private Integer start;
    private Integer end;
    private String quote;
    private String text;
    private Long editing;
    private String editText;
    private Long bankPick;
    private Long bankEditing;
    private CommentLanguage bankLanguage = CommentLanguage.ANY;
    private String bankText;

    /** Loads the comments of the review the page opened (the page itself answers 404 for one not the actor's). */
    @PostConstruct
    void load() {
        String review = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("review");
        if (review != null && review.matches("\\d{1,18}")) {
            try {
                reviewId = Long.parseLong(review);
                reload();
            } catch (BusinessException notTheirs) {
                reviewId = null;
            }
        }
    }

    private void reload() {
        list = comments.onReview(activeUser.getId(), reviewId);
        bankList = bank.forReview(activeUser.getId(), reviewId);
    }

    /**
     * "Comment on selection": the passage the script put in the fields, and the words typed. A passage typed rather
     * than selected has no offsets: the service finds its first occurrence (Passage.in, nearest to the start).
     */
    public void add() {
        if (quote == null || quote.isBlank()) {
            throw new BusinessException("grading.comment.noPassage");
        }
        boolean selected = start != null && end != null && end - start == quote.length();
        comments.add(activeUser.getId(), reviewId, selected ? start : 0, selected ? end : quote.length(), quote, text);
        start = null;
        end = null;
        quote = null;
        text = null;
        reload();
        Messages.info(null, "grading.comment.added");
    }

    public void startEditing(InlineComment comment) {
        editing = comment.getId();
        editText = comment.getText();
    }

    public void cancelEditing() {
        editing = null;
        editText = null;
    }

    public void saveEdit(InlineComment comment) {
        try {
            comments.edit(activeUser.getId(), comment.getId(), comment.getVersion(), editText);
        } finally {
            reload(); // also after a refusal: the list shows what is there now, the words typed stay in the box
        }
        cancelEditing();
        Messages.info(null, "grading.comment.saved");
    }

    public void delete(InlineComment comment) {
        try {
            comments.delete(activeUser.getId(), comment.getId(), comment.getVersion());
        } finally {
            reload();
        }
        Messages.info(null, "grading.comment.deleted");
    }

    /** The chosen bank comment at the end of the comment being written. */
    public void insertIntoComment() {
        chosen().ifPresent(b -> text = text == null || text.isBlank() ? b.getText() : text.strip() + " " + b.getText());
    }

    /** The chosen bank comment as a new paragraph of the feedback. */
    public void insertIntoFeedback() {
        chosen().ifPresent(b -> mark.appendFeedback(b.getText()));
    }

    private java.util.Optional<BankComment> chosen() {
        return bankList.stream().filter(b -> b.getId().equals(bankPick)).findFirst();
    }

    public void editBankComment(BankComment comment) {
        bankEditing = comment.getId();
        bankLanguage = comment.getLanguage();
        bankText = comment.getText();
    }

    public void newBankComment() {
        bankEditing = null;
        bankLanguage = CommentLanguage.ANY;
        bankText = null;
    }

    public void saveBankComment() {
        if (bankEditing == null) {
            bank.add(activeUser.getId(), reviewId, bankLanguage, bankText);
        } else {
            BankComment loaded = bankList.stream()
                    .filter(b -> b.getId().equals(bankEditing))
                    .findFirst()
                    .orElseThrow(() -> new BusinessException("grading.bank.notFound"));
            bank.change(activeUser.getId(), bankEditing, loaded.getVersion(), bankLanguage, bankText);
        }
        bankList = bank.forReview(activeUser.getId(), reviewId);
        newBankComment();
        Messages.info(null, "grading.bank.saved");
    }

    public void deleteBankComment(BankComment comment) {
        try {
            bank.delete(activeUser.getId(), comment.getId(), comment.getVersion());
        } finally {
            bankList = bank.forReview(activeUser.getId(), reviewId);
        }
        if (comment.getId().equals(bankEditing)) {
            newBankComment();
        }
        Messages.info(null, "grading.bank.deleted");
    }

    public CommentLanguage[] getLanguages() {
        return CommentLanguage.values();
    }

    public List<InlineComment> getList() {
        return list;
    }

    public List<BankComment> getBank() {
        return bankList;
    }

    public boolean isEditing(InlineComment comment) {
        return comment.getId().equals(editing);
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    public Integer getEnd() {
        return end;
    }

    public void setEnd(Integer end) {
        this.end = end;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getEditText() {
        return editText;
    }

    public void setEditText(String editText) {
        this.editText = editText;
    }

    public Long getBankPick() {
        return bankPick;
    }

    public void setBankPick(Long bankPick) {
        this.bankPick = bankPick;
    }

    public Long getBankEditing() {
        return bankEditing;
    }

    public CommentLanguage getBankLanguage() {
        return bankLanguage;
    }

    public void setBankLanguage(CommentLanguage bankLanguage) {
        this.bankLanguage = bankLanguage;
    }

    public String getBankText() {
        return bankText;
    }

    public void setBankText(String bankText) {
        this.bankText = bankText;
    }
}
