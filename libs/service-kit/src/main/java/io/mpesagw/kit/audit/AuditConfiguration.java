package io.mpesagw.kit.audit;

import io.mpesagw.audit.AuditSchema;
import io.mpesagw.audit.AuditSettings;
import io.mpesagw.audit.AuditTrail;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Gives every service with a database its {@link AuditTrail}, on the same DataSource its
 * transactions use, so entries commit or roll back with the state change they record.
 *
 * <p>The audit schema is migrated as the service's migration owner ({@code spring.flyway.user}),
 * which then grants the runtime role only what appending takes (see {@link AuditSchema}). It has its
 * own Flyway history ({@code audit.flyway_schema_history}), so it is independent of the service's own
 * migration; {@link DependsOnDatabaseInitialization} still makes it run after that migration, so
 * start-up always happens in one order.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(name = "mpesa.audit.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization
    AuditTrail auditTrail(DataSource dataSource, ObjectProvider<Clock> clock, Environment environment,
            @Value("${spring.application.name:}") String service, AuditProperties properties) {
        // fails start-up on a missing spring.application.name or a bad bucket count
        AuditSettings settings = new AuditSettings(service, properties.buckets());
        AuditMigrationLogin login = AuditMigrationLogin.of(dataSource, environment);
        AuditSchema.migrate(login.owner(), login.runtimeRole());
        return new AuditTrail(dataSource, settings, clock.getIfUnique(Clock::systemUTC));
    }
}
