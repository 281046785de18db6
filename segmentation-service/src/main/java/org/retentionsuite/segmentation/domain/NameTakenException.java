package org.retentionsuite.segmentation.domain;

/** Segment and playbook names are unique, so that people can tell them apart. */
public class NameTakenException extends RuntimeException {

    public NameTakenException(String kind, String name) {
        super("a " + kind + " named \"" + name + "\" exists already");
    }
}
