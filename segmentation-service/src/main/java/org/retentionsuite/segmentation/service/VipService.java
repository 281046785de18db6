package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.domain.clv.ClvFit;
import org.retentionsuite.segmentation.domain.clv.ClvNotFoundException;
import org.retentionsuite.segmentation.domain.clv.ClvValuation;
import org.retentionsuite.segmentation.domain.vip.VipCustomer;
import org.retentionsuite.segmentation.domain.vip.VipRanking;
import org.retentionsuite.segmentation.repository.ClvFitRepository;
import org.retentionsuite.segmentation.repository.VipRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The top customers by spend, frequency or CLV. */
@ApplicationScoped
public class VipService {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final VipRepository vip;
    private final ClvFitRepository fits;
    private final SegmentationConfig config;

    public VipService(VipRepository vip, ClvFitRepository fits, SegmentationConfig config) {
        this.vip = vip;
        this.fits = fits;
        this.config = config;
    }

    /** {@code limit} 0 means 100. */
    @Transactional
    public List<VipCustomer> top(VipRanking ranking, int limit) {
        Violations violations = new Violations();
        if (ranking == null) {
            violations.add("ranking", "must be SPEND, FREQUENCY or CLV");
        }
        int size = limit == 0 ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            violations.add("limit", "must be 1 to " + MAX_LIMIT);
        }
        violations.throwIfAny();
        Currency currency = config.reportingCurrency();
        if (ranking != VipRanking.CLV) {
            List<VipRepository.Totals> top = vip.top(ranking, size, currency);
            List<VipCustomer> customers = new ArrayList<>(top.size());
            for (VipRepository.Totals t : top) {
                customers.add(new VipCustomer(customers.size() + 1, t.customerId(), t.spendMinor(), t.purchases(), null));
            }
            return customers;
        }
        return topByClv(size, currency);
    }

    private record Valued(String customerId, double clv) {
    }

    private List<VipCustomer> topByClv(int size, Currency currency) {
        ClvFit fit = fits.latest().orElseThrow(() -> new ClvNotFoundException("no CLV model was fitted yet"));
        int horizon = fit.timeUnit().periodsPerYear();
        double rate = config.clv().annualDiscountRate();
        Comparator<Valued> worstFirst = Comparator.comparingDouble(Valued::clv)
                .thenComparing(Valued::customerId, Comparator.reverseOrder());
        PriorityQueue<Valued> best = new PriorityQueue<>(worstFirst);
        ClvValuation valuation = new ClvValuation(fit, horizon, rate);
        vip.forEachHistory(fit.calibrationStart(), fit.calibrationEnd(), fit.timeUnit(), currency, (customer, history) -> {
            best.add(new Valued(customer, valuation.value(customer, history).lifetimeValue()));
            if (best.size() > size) {
                best.poll();
            }
        });
        List<Valued> ranked = new ArrayList<>(best);
        ranked.sort(worstFirst.reversed());
        Map<String, VipRepository.Totals> totals = vip.totalsOf(ranked.stream().map(Valued::customerId).toList(),
                currency).stream().collect(Collectors.toMap(VipRepository.Totals::customerId, Function.identity()));
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        List<VipCustomer> customers = new ArrayList<>(ranked.size());
        for (Valued valued : ranked) {
            VipRepository.Totals t = totals.get(valued.customerId());
            customers.add(new VipCustomer(customers.size() + 1, valued.customerId(), t.spendMinor(), t.purchases(),
                    // Rounded as every CLV prediction is: half up to the minor unit.
                    BigDecimal.valueOf(valued.clv()).setScale(digits, RoundingMode.HALF_UP).movePointRight(digits)
                            .longValueExact()));
        }
        return customers;
    }
}
