package org.entente.projects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The projects' settings ({@code entente.projects.*}).
 *
 * @param capabilityLevels the highest level of the operation and maintenance capability scale (0 =
 *     none … this = the host operates and maintains on its own)
 */
@ConfigurationProperties("entente.projects")
public record ProjectsProperties(@DefaultValue("4") int capabilityLevels) {}
