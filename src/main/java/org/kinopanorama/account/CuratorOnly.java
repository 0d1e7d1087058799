package org.kinopanorama.account;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JSON API only curators may call (a resource class or method): {@link CuratorGate} lets a curator through, by a
 * session or HTTP Basic credentials, and answers everyone else with the API's error shape. The resource reads who
 * called from {@link CuratorCaller}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CuratorOnly {
}
