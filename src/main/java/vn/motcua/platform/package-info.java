/**
 * Shared kernel: problem details and errors, messages in Vietnamese and English, the acting
 * officer or citizen ({@link vn.motcua.platform.security.Actor}), the audit log, time, Vietnamese text
 * folded for search ({@link vn.motcua.platform.text.SearchText}), page layout, the outbox of integration
 * events ({@link vn.motcua.platform.outbox.OutboxConsumer}).
 * Every module may use it.
 * <p>
 * Depends on: no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package vn.motcua.platform;
