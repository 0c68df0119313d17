/** Languages (English, Russian), the language switch, message bundles and date formats. */
package edu.aum.course.platform.i18n;
