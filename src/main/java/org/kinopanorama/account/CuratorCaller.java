package org.kinopanorama.account;

import jakarta.enterprise.context.RequestScoped;

/** The curator {@link CuratorGate} let through for this request, for a {@link CuratorOnly} resource. */
@RequestScoped
public class CuratorCaller {

    private String name;

    /** The curator's username; never null in a {@link CuratorOnly} resource. */
    public String name() {
        if (name == null) {
            throw new IllegalStateException("not behind the curator gate: mark the resource @CuratorOnly");
        }
        return name;
    }

    void let(String name) {
        this.name = name;
    }
}
