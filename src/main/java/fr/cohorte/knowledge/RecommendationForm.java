package fr.cohorte.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The recommendation form as editors fill it in. */
public class RecommendationForm {

    @NotBlank(message = "{field.required}")
    @Size(max = 300, message = "{field.too-long}")
    private String title;
    @NotBlank(message = "{field.required}")
    @Size(max = 20000, message = "{field.too-long}")
    private String text;
    @Size(max = 20000, message = "{field.too-long}")
    private String rationale;
    @Size(max = 20000, message = "{field.too-long}")
    private String conditions;
    private List<RecommendationAddressee> addressees = new ArrayList<>();
    private List<Long> practiceIds = new ArrayList<>();
    private Integer sessionNumber;
    private Long chapterId;
    private long version;

    public static RecommendationForm of(Recommendation recommendation) {
        RecommendationForm form = new RecommendationForm();
        form.title = recommendation.getTitle();
        form.text = recommendation.getText();
        form.rationale = recommendation.getRationale();
        form.conditions = recommendation.getConditions();
        form.addressees = new ArrayList<>(recommendation.getAddressees());
        form.practiceIds = new ArrayList<>(recommendation.getPracticeIds());
        form.sessionNumber = recommendation.getSessionNumber();
        form.chapterId = recommendation.getChapterId();
        form.version = recommendation.getVersion();
        return form;
    }

    public RecommendationDetails details() {
        return new RecommendationDetails(title, text, rationale, conditions, new HashSet<>(addressees), new HashSet<>(practiceIds),
                chapterId, sessionNumber);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public List<RecommendationAddressee> getAddressees() { return addressees; }
    public void setAddressees(List<RecommendationAddressee> addressees) { this.addressees = addressees == null ? new ArrayList<>() : addressees; }
    public List<Long> getPracticeIds() { return practiceIds; }
    public void setPracticeIds(List<Long> practiceIds) { this.practiceIds = practiceIds == null ? new ArrayList<>() : practiceIds; }
    public Integer getSessionNumber() { return sessionNumber; }
    public void setSessionNumber(Integer sessionNumber) { this.sessionNumber = sessionNumber; }
    public Long getChapterId() { return chapterId; }
    public void setChapterId(Long chapterId) { this.chapterId = chapterId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
