package org.retentionsuite.segmentation.domain.playbook;

/** No playbook has the id asked for. */
public class PlaybookNotFoundException extends RuntimeException {

    public PlaybookNotFoundException(String playbookId) {
        super("no playbook " + playbookId);
    }
}
