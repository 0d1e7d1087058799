package org.kinopanorama.ingest.document;

/** File names as given by browsers and scripts, made safe to store and show. */
public final class DocumentNames {

    private DocumentNames() {
    }

    /** The last path segment, without control characters, at most 200 characters; "document.txt" if nothing is left. */
    public static String clean(String given) {
        if (given == null) {
            return "document.txt";
        }
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "document.txt" : name;
    }
}
