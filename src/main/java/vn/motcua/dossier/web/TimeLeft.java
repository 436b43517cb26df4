package vn.motcua.dossier.web;

/** How much working time is left before a due instant, as a colour level and the words that say it. */
public record TimeLeft(Level level, String text) {

    /** Green: more than one working day; amber: one working day or less; red: overdue (UX.md). */
    public enum Level { OK, SOON, OVERDUE }

    public String css() {
        return switch (level) {
            case OK -> "badge-time-ok";
            case SOON -> "badge-time-soon";
            case OVERDUE -> "badge-time-overdue";
        };
    }
}
