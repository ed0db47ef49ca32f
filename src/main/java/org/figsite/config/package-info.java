/**
 * {@code figsite.yml}: its keys ({@link org.figsite.config.ConfigKey}), the positioned
 * reader and the immutable {@link org.figsite.config.SiteConfig} every stage reads.
 */
package org.figsite.config;
