package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.domain.clv.BgNbd;
import org.retentionsuite.segmentation.domain.clv.ClvFit;
import org.retentionsuite.segmentation.domain.clv.ClvNotFoundException;
import org.retentionsuite.segmentation.domain.clv.ClvTimeUnit;
import org.retentionsuite.segmentation.domain.clv.CustomerValue;
import org.retentionsuite.segmentation.domain.clv.Estimate;
import org.retentionsuite.segmentation.domain.clv.FitSample;
import org.retentionsuite.segmentation.domain.clv.GammaGamma;
import org.retentionsuite.segmentation.domain.clv.HoldoutReport;
import org.retentionsuite.segmentation.domain.clv.PurchaseHistory;
import org.retentionsuite.segmentation.domain.clv.RepeatSpend;
import org.retentionsuite.segmentation.domain.clv.TooFewRepeatBuyersException;
import org.retentionsuite.segmentation.repository.ClvFitRepository;
import org.retentionsuite.segmentation.repository.PurchaseSummaryRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Fits the CLV models on the recorded purchases, keeps the fits, and predicts with them. */
@ApplicationScoped
public class ClvService {

    private static final Logger LOG = Logger.getLogger(ClvService.class);
    /** Ten years ahead is already more than the models' assumptions of a stable business can carry. */
    private static final int MAX_HORIZON_YEARS = 10;

    private final PurchaseSummaryRepository summaries;
    private final ClvFitRepository fits;
    private final SegmentationConfig config;
    private final Clock clock;

    public ClvService(PurchaseSummaryRepository summaries, ClvFitRepository fits, SegmentationConfig config, Clock clock) {
        this.summaries = summaries;
        this.fits = fits;
        this.config = config;
        this.clock = clock;
    }

    /** {@code calibrationStart} blank: every customer; else the cohort who first purchased on or after it. */
    @Transactional
    public ClvFit fit(String calibrationStart, String calibrationEnd, ClvTimeUnit timeUnit) {
        Violations violations = new Violations();
        LocalDate end = date(violations, "calibration_end", calibrationEnd);
        LocalDate start = calibrationStart == null || calibrationStart.isBlank() ? null
                : date(violations, "calibration_start", calibrationStart);
        if (start != null && end != null && start.isAfter(end)) {
            violations.add("calibration_start", "must not be after the calibration end " + end);
        }
        if (timeUnit == null) {
            violations.add("time_unit", "must be DAY or WEEK");
        }
        violations.throwIfAny();
        return fitAndStore(start, end, timeUnit);
    }

    /**
     * The scheduled refit: every customer, up to yesterday, in the configured time unit. Empty when another
     * replica is refitting (it holds the lock) or when there are too few repeat buyers yet (logged).
     */
    @Transactional
    public Optional<ClvFit> refit() {
        if (!fits.tryRefitLock()) {
            LOG.info("CLV refit skipped: another refit holds the lock");
            return Optional.empty();
        }
        LocalDate end = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).minusDays(1);
        try {
            return Optional.of(fitAndStore(null, end, config.clv().refitTimeUnit()));
        } catch (TooFewRepeatBuyersException e) {
            LOG.infof("CLV refit skipped: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private ClvFit fitAndStore(LocalDate start, LocalDate end, ClvTimeUnit timeUnit) {
        Currency currency = config.reportingCurrency();
        FitSample sample = summaries.fitSample(start, end, timeUnit, currency, config.clv().fitSampleSize());
        List<PurchaseHistory> histories = sample.histories();
        List<RepeatSpend> spends = sample.spends();
        int customers = sample.customerCount();
        int repeatBuyers = sample.repeatBuyerCount();
        int spendingRepeatBuyers = sample.spendingRepeatBuyers();
        int needed = config.clv().minRepeatBuyers();
        if (spendingRepeatBuyers < needed) {
            throw new TooFewRepeatBuyersException("too few repeat buyers to fit the CLV models: "
                    + (start == null ? "" : "from " + start + " ") + "up to " + end + ", "
                    + repeatBuyers + " of " + customers + " customers bought again on another day, " + spendingRepeatBuyers
                    + (sample.sampledCustomers() < customers ? " of the " + sample.sampledCustomers() + " sampled" : " of them")
                    + " with a positive repeat spend; at least " + needed + " are needed");
        }
        long started = System.nanoTime();
        // The two models share no parameter: Gamma-Gamma is fitted on another core meanwhile (each fit is one thread).
        long[] gammaGammaMillis = new long[1];
        CompletableFuture<Estimate> spendFit = CompletableFuture.supplyAsync(() -> {
            long spendFitStarted = System.nanoTime();
            Estimate estimate = GammaGamma.fit(spends);
            gammaGammaMillis[0] = (System.nanoTime() - spendFitStarted) / 1_000_000;
            return estimate;
        });
        Estimate bgnbd = BgNbd.fit(histories);
        long bgnbdDone = System.nanoTime();
        Estimate gammaGamma = joined(spendFit);
        LOG.infof("CLV fit up to %s on %d of %d customers: BG/NBD on %d unique histories in %d ms (r=%.4f alpha=%.4f a=%.4f b=%.4f LL=%.2f),"
                + " Gamma-Gamma on %d rows in %d ms (p=%.4f q=%.4f gamma=%.4f)", end, sample.sampledCustomers(), customers,
                histories.size(),
                (bgnbdDone - started) / 1_000_000, bgnbd.parameters()[0], bgnbd.parameters()[1], bgnbd.parameters()[2],
                bgnbd.parameters()[3], bgnbd.logLikelihood(), spends.size(), gammaGammaMillis[0],
                gammaGamma.parameters()[0], gammaGamma.parameters()[1], gammaGamma.parameters()[2]);
        ClvFit fit = new ClvFit(UUID.randomUUID(), start, end, timeUnit, currency, customers, repeatBuyers, bgnbd, gammaGamma,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        fits.store(fit);
        return fit;
    }

    private static Estimate joined(CompletableFuture<Estimate> fit) {
        try {
            return fit.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Transactional
    public ClvFit fitOf(String fitId) {
        UUID id = fitId(fitId);
        return fits.find(id).orElseThrow(() -> new ClvNotFoundException("no CLV fit " + fitId));
    }

    /** Under the fit named, or the latest fit when {@code fitId} is blank; horizon 0 means one year. */
    @Transactional
    public CustomerValue valueOf(String customerId, String fitId, int horizon) {
        Violations violations = new Violations();
        String customer = violations.requiredText("customer_id", customerId, 128);
        if (horizon < 0) {
            violations.add("horizon", "must not be negative");
        }
        violations.throwIfAny();
        ClvFit fit = fitId == null || fitId.isBlank()
                ? fits.latest().orElseThrow(() -> new ClvNotFoundException("no CLV model was fitted yet"))
                : fitOf(fitId);
        int periods = horizon == 0 ? fit.timeUnit().periodsPerYear() : horizon;
        if (periods > MAX_HORIZON_YEARS * fit.timeUnit().periodsPerYear()) {
            violations.add("horizon", "must be at most " + MAX_HORIZON_YEARS * fit.timeUnit().periodsPerYear() + " "
                    + fit.timeUnit().name().toLowerCase(java.util.Locale.ROOT) + "s (" + MAX_HORIZON_YEARS + " years)");
            violations.throwIfAny();
        }
        var history = summaries.history(customer, fit.calibrationEnd(), fit.timeUnit(), fit.currency())
                .orElseThrow(() -> new ClvNotFoundException("customer " + customer + " made no purchase up to "
                        + fit.calibrationEnd() + ", the calibration end of CLV fit " + fit.id()));
        return CustomerValue.predict(customer, fit, history, periods, config.clv().annualDiscountRate());
    }

    /** Holdout customers grouped by their calibration repeat purchases 0..6 and 7 or more, as in the BG/NBD paper. */
    private static final int LAST_HOLDOUT_GROUP = 7;

    @Transactional
    public HoldoutReport holdoutReport(String fitId, String holdoutEnd) {
        ClvFit fit = fitOf(fitId);
        Violations violations = new Violations();
        LocalDate end = date(violations, "holdout_end", holdoutEnd);
        if (end != null && !end.isAfter(fit.calibrationEnd())) {
            violations.add("holdout_end", "must be after the fit's calibration end " + fit.calibrationEnd());
        }
        violations.throwIfAny();
        var histories = summaries.holdout(fit.calibrationStart(), fit.calibrationEnd(), end, fit.timeUnit());
        return HoldoutReport.of(fit, end, histories, LAST_HOLDOUT_GROUP);
    }

    private static LocalDate date(Violations violations, String field, String text) {
        if (text == null || text.isBlank()) {
            violations.add(field, "is required");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(field, "must be an ISO date such as 1997-09-30");
            return null;
        }
    }

    private static UUID fitId(String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            Violations violations = new Violations();
            violations.add("fit_id", "must be a UUID");
            violations.throwIfAny();
            return null;
        }
    }
}
