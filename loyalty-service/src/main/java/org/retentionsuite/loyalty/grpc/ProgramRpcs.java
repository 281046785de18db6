package org.retentionsuite.loyalty.grpc;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.mapping.LoyaltyMapper;
import org.retentionsuite.loyalty.mapping.RewardMapper;
import org.retentionsuite.loyalty.service.EarningRuleService;
import org.retentionsuite.loyalty.service.EventService;
import org.retentionsuite.loyalty.service.IdempotencyGuard;
import org.retentionsuite.loyalty.service.ProgramService;
import org.retentionsuite.proto.loyalty.v1.CreateEarningRuleRequest;
import org.retentionsuite.proto.loyalty.v1.CreateEarningRuleResponse;
import org.retentionsuite.proto.loyalty.v1.CreateEventRuleRequest;
import org.retentionsuite.proto.loyalty.v1.CreateEventRuleResponse;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.CreateProgramResponse;
import org.retentionsuite.proto.loyalty.v1.GetProgramRequest;
import org.retentionsuite.proto.loyalty.v1.GetProgramResponse;

/** Programmes and their earning and event rules. */
@ApplicationScoped
class ProgramRpcs {

    private final ProgramService programs;
    private final EarningRuleService earningRules;
    private final EventService events;
    private final IdempotencyGuard idempotency;
    private final LoyaltyMapper mapper;
    private final RewardMapper rewardMapper;

    ProgramRpcs(ProgramService programs, EarningRuleService earningRules, EventService events,
            IdempotencyGuard idempotency, LoyaltyMapper mapper, RewardMapper rewardMapper) {
        this.programs = programs;
        this.earningRules = earningRules;
        this.events = events;
        this.idempotency = idempotency;
        this.mapper = mapper;
        this.rewardMapper = rewardMapper;
    }

    CreateProgramResponse createProgram(CreateProgramRequest request) {
        return idempotency.onceIfKeyed("program", request.getIdempotencyKey(), request, CreateProgramResponse.parser(),
                () -> CreateProgramResponse.newBuilder()
                        .setProgram(mapper.toProto(programs.createProgram(mapper.toTerms(request)))).build());
    }

    GetProgramResponse getProgram(GetProgramRequest request) {
        return GetProgramResponse.newBuilder().setProgram(mapper.toProto(programs.getProgram(request.getProgramId()))).build();
    }

    CreateEarningRuleResponse createEarningRule(CreateEarningRuleRequest request) {
        return idempotency.onceIfKeyed("earning-rule:" + request.getProgramId(), request.getIdempotencyKey(), request,
                CreateEarningRuleResponse.parser(), () -> CreateEarningRuleResponse.newBuilder()
                        .setRule(rewardMapper.toProto(earningRules.createRule(request.getProgramId(),
                                rewardMapper.toMatch(request.getMatch()), request.getValue(), request.getMultiplier(),
                                rewardMapper.activeFrom(request), rewardMapper.activeUntil(request)))).build());
    }

    CreateEventRuleResponse createEventRule(CreateEventRuleRequest request) {
        return idempotency.onceIfKeyed("event-rule:" + request.getProgramId(), request.getIdempotencyKey(), request,
                CreateEventRuleResponse.parser(), () -> CreateEventRuleResponse.newBuilder()
                        .setRule(rewardMapper.toProto(events.createRule(request.getProgramId(), request.getEventKey(),
                                request.getPoints(), request.getCapCount(), rewardMapper.toCapPeriod(request.getCapPeriod()),
                                rewardMapper.activeFrom(request), rewardMapper.activeUntil(request)))).build());
    }
}
