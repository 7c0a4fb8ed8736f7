"""Model check of the sync protocol core: desks, a server and a lossy, doubling, reordering link."""

from __future__ import annotations

import uuid

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from memory_ends import MemoryDesk, MemoryServer

COMMUNE = "40001"
DESKS = 3
FATES = st.sampled_from(["ok", "drop_request", "drop_reply", "duplicate", "reorder"])


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.server = MemoryServer()
        self.desks = [MemoryDesk(desk_id=str(uuid.UUID(int=i + 1)), commune=COMMUNE)
                      for i in range(DESKS)]
        self.desk_snapshots: list[list[MemoryDesk]] = [[] for _ in range(DESKS)]
        self.server_snapshots: list[MemoryServer] = []
        self.recorded: set[str] = set()
        self.clock = 0
        self.ids = 0

    def _hlc(self) -> str:
        self.clock += 1
        return f"{1_700_000_000_000 + self.clock:013d}-00000"

    @rule(d=st.integers(0, DESKS - 1), n=st.integers(1, 4))
    def record(self, d: int, n: int) -> None:
        for _ in range(n):
            self.ids += 1
            ev = self.desks[d].record(str(uuid.UUID(int=10_000 + self.ids)),
                                      str(uuid.UUID(int=50_000 + self.ids % 7)), self._hlc())
            self.recorded.add(ev.id)

    def _push_once(self, d: int, fate: str, limit: int) -> None:
        desk = self.desks[d]
        if desk.hold:
            return
        batch = desk.next_batch(limit)
        if not batch:
            return
        epoch = batch[0].desk_epoch
        if fate == "drop_request":
            return
        if fate == "reorder" and len(batch) > 1:
            half = len(batch) // 2
            late = self.server.push(desk.desk_id, epoch, COMMUNE, batch[half:])
            early = self.server.push(desk.desk_id, epoch, COMMUNE, batch[:half])
            desk.on_push_reply(epoch, *early)
            desk.on_push_reply(epoch, *late)  # replies may also come back out of order
            return
        reply = self.server.push(desk.desk_id, epoch, COMMUNE, batch)
        if fate == "duplicate":
            reply = self.server.push(desk.desk_id, epoch, COMMUNE, batch)
        if fate != "drop_reply":
            desk.on_push_reply(epoch, *reply)

    @rule(d=st.integers(0, DESKS - 1), fate=FATES, limit=st.integers(1, 5))
    def push(self, d: int, fate: str, limit: int) -> None:
        self._push_once(d, fate, limit)

    @rule(d=st.integers(0, DESKS - 1), drop=st.booleans())
    def status(self, d: int, drop: bool) -> None:
        desk = self.desks[d]
        if not drop and not desk.hold:
            desk.on_status(self.server.status(desk.desk_id))

    @rule(d=st.integers(0, DESKS - 1), drop=st.booleans(), limit=st.integers(1, 5))
    def pull(self, d: int, drop: bool, limit: int) -> None:
        desk = self.desks[d]
        if desk.hold:
            return
        events, cursor, _more, _reset = self.server.pull(
            COMMUNE, desk.cursor, (desk.desk_id, desk.epoch), limit)
        if not drop:
            desk.on_pull(events, cursor)

    @rule()
    def server_backup(self) -> None:
        self.server_snapshots.append(self.server.snapshot())

    @precondition(lambda self: bool(self.server_snapshots))
    @rule(i=st.integers(0, 10))
    def server_restored_to_older_backup(self, i: int) -> None:
        self.server = self.server_snapshots[i % len(self.server_snapshots)].snapshot()

    @rule(d=st.integers(0, DESKS - 1))
    def desk_backup(self, d: int) -> None:
        import copy

        self.desk_snapshots[d].append(copy.deepcopy(self.desks[d]))

    @precondition(lambda self: any(self.desk_snapshots))
    @rule(d=st.integers(0, DESKS - 1))
    def desk_restored_then_released(self, d: int) -> None:
        if not self.desk_snapshots[d]:
            return
        desk = self.desks[d].restored_from(self.desk_snapshots[d][-1])
        assert desk.hold  # waits for the administrator
        desk.hold = False  # the administrator lets it go on
        self.desks[d] = desk

    @invariant()
    def server_stores_each_event_once(self) -> None:
        log = self.server.commune_log.get(COMMUNE, [])
        assert len(log) == len(set(log))
        assert len(self.server.slots) == len(set(self.server.slots.values()))
        assert set(self.server.events) <= self.recorded  # nothing invented

    @invariant()
    def nothing_rejected(self) -> None:
        for desk in self.desks:
            assert not desk.quarantine, desk.quarantine

    def teardown(self) -> None:
        # The link comes back and stays: a few clean rounds for everyone.
        for _ in range(3):
            for d in range(DESKS):
                self.desks[d].on_status(self.server.status(self.desks[d].desk_id))
                for _ in range(200):
                    if not self.desks[d].next_batch(50):
                        break
                    self._push_once(d, "ok", 50)
                assert not self.desks[d].next_batch(50), "push did not finish"
            for desk in self.desks:
                more = True
                while more:
                    events, cursor, more, _ = self.server.pull(
                        COMMUNE, desk.cursor, (desk.desk_id, desk.epoch), 50)
                    desk.on_pull(events, cursor)
        server_ids = set(self.server.events)
        for desk in self.desks:
            assert set(desk.own) <= server_ids, "a desk's own event never reached the server"
            assert server_ids <= desk.all_ids(), "a desk misses events the server holds"


SyncMachine.TestCase.settings = settings(
    max_examples=40, stateful_step_count=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
TestSyncProtocol = SyncMachine.TestCase
