package fr.cohorte.grouping;

/**
 * The form that creates rounds (or changes one): seminar, optional activity, and either a number of
 * groups or a size range. Kept as typed when refused.
 */
public class RoundForm {

    private Long seminarId;
    private Long activityId;
    private String sizing = "groups";
    private Integer groupCount = 6;
    private Integer minSize;
    private Integer maxSize;
    private Integer count = 1;

    static RoundForm of(Round round) {
        RoundForm form = new RoundForm();
        form.seminarId = round.getSeminarId();
        form.activityId = round.getActivityId();
        form.sizing = round.getGroupCount() != null ? "groups" : "sizes";
        form.groupCount = round.getGroupCount();
        form.minSize = round.getMinSize();
        form.maxSize = round.getMaxSize();
        return form;
    }

    RoundSizing sizing() {
        boolean byGroups = !"sizes".equals(sizing);
        return new RoundSizing(seminarId, activityId, byGroups ? groupCount : null, byGroups ? null : minSize, byGroups ? null : maxSize);
    }

    public Long getSeminarId() {
        return seminarId;
    }

    public void setSeminarId(Long seminarId) {
        this.seminarId = seminarId;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    public String getSizing() {
        return sizing;
    }

    public void setSizing(String sizing) {
        this.sizing = sizing;
    }

    public Integer getGroupCount() {
        return groupCount;
    }

    public void setGroupCount(Integer groupCount) {
        this.groupCount = groupCount;
    }

    public Integer getMinSize() {
        return minSize;
    }

    public void setMinSize(Integer minSize) {
        this.minSize = minSize;
    }

    public Integer getMaxSize() {
        return maxSize;
    }

    public void setMaxSize(Integer maxSize) {
        this.maxSize = maxSize;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }
}
