package org.retentionsuite.feedback.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.domain.ClosedLoopSettings;

import java.util.UUID;

@ApplicationScoped
public class ClosedLoopSettingsRepository implements PanacheRepositoryBase<ClosedLoopSettings, UUID> {
}
