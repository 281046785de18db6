package org.retentionsuite.feedback.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.domain.SurveySettings;

import java.util.UUID;

@ApplicationScoped
public class SurveySettingsRepository implements PanacheRepositoryBase<SurveySettings, UUID> {
}
