/**
 * Quartz wiring: one job per briefing with a cron trigger in the briefing's own zone. The job is a thin caller
 * of the edition front door. {@link io.daybrief.schedule.BriefingScheduler} is the only class that imports Quartz.
 *
 * <p>May use every package above it; nothing uses it but the composition root and the commands.
 */
package io.daybrief.schedule;
