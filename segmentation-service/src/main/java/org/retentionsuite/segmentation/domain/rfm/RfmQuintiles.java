package org.retentionsuite.segmentation.domain.rfm;

import java.util.List;

/**
 * The quintile boundaries of a snapshot: for scores 1 to 4, the highest frequency and monetary value
 * of the score and the lowest recency (recency is reversed). They score a customer the snapshot
 * does not hold (a first purchase after it) among the customers it does; a value equal to a
 * boundary gets the lower score.
 */
public record RfmQuintiles(List<Integer> recencyCuts, List<Long> frequencyCuts, List<Long> monetaryCuts) {

    public RfmQuintiles {
        recencyCuts = List.copyOf(recencyCuts);
        frequencyCuts = List.copyOf(frequencyCuts);
        monetaryCuts = List.copyOf(monetaryCuts);
    }

    /** 1 to 5: the fewer days since the last purchase, the higher. */
    public int recencyScore(int recencyDays) {
        return 1 + (int) recencyCuts.stream().filter(cut -> recencyDays < cut).count();
    }

    public int frequencyScore(long frequency) {
        return 1 + (int) frequencyCuts.stream().filter(cut -> frequency > cut).count();
    }

    public int monetaryScore(long monetaryMinor) {
        return 1 + (int) monetaryCuts.stream().filter(cut -> monetaryMinor > cut).count();
    }
}
