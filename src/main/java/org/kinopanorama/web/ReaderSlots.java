package org.kinopanorama.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * While a page is rendered to be shared by signed-in readers ({@link PageCache#keepForReader}), each part that is a
 * reader's own (the account menu, a film's save buttons) is written as a slot, {@code <!--kp-slot:NAME-->}, and
 * filled for each reader afterwards: {@code {#if inject:slots.shared}<!--kp-slot:nav-->{#else}...{/if}}.
 */
@Named("slots")
@RequestScoped
public class ReaderSlots {

    private boolean shared;

    public boolean shared() {
        return shared;
    }

    void share(boolean shared) {
        this.shared = shared;
    }
}
