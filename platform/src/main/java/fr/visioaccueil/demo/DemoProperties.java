package fr.visioaccueil.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param load {@code auto}: load the demo into an empty embedded database only; {@code true}: into any empty
 *             database; {@code false}: never
 * @param password the demo accounts' password, printed at start-up
 */
@ConfigurationProperties("visio.demo")
record DemoProperties(@DefaultValue("auto") String load, @DefaultValue("visio-demo-2009") String password) {
}
