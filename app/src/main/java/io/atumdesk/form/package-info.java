/** Form schemas (form-js JSON) by key, and server-side validation of submitted form data. */
@org.springframework.modulith.ApplicationModule(displayName = "Forms")
package io.atumdesk.form;
