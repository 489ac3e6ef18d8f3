package org.aitimeline.data.imports;

/**
 * One slide of a TimelineJS story as its file gives it, before any checking: the same shape for a JSON event and a
 * sheet row, with where each came from so that problems name the row or JSON path.
 *
 * @param place how problems name the slide and its fields ("events[3]", "row 4")
 * @param line the line of the file the slide starts on
 * @param type "title", "era" or "" (an event), as the sheet's Type column says
 */
record TimelineJsSlide(Place place, int line, String type, Date start, Date end, String displayDate, String headline,
                       String text, String media, String mediaCredit, String mediaCaption, String group, String uniqueId) {

    /** A date's parts as written (a JSON number is given as its text): null when absent. */
    record Date(String year, String month, String day, String time, String displayDate) {
        static final Date NONE = new Date(null, null, null, null, null);

        boolean isEmpty() {
            return year == null && month == null && day == null && time == null;
        }
    }

    /** How one format names a slide's fields in problems: JSON paths or sheet columns. */
    interface Place {
        /** The slide itself: "events[3]", "row 4". */
        String slide();

        /** A field: {@code field} is the JSON name ("start_date.year", "text.headline"); a sheet says its column. */
        String field(String field);
    }
}
