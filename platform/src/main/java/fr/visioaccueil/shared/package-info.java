/**
 * The few cross-cutting types shared by every module (database bootstrap, the acting user, web safety);
 * no business logic lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.visioaccueil.shared;
