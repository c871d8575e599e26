# A Redis Streams program as its users write it with redis-py (Debian's 4.3.4): consumer groups, a
# blocking read woken by another connection, pending lists, claims, auto-claim, trimming and XINFO.
# It runs unchanged against Redis 7 and against Wharf (tests in test/resp): PORT and KEY come from the
# environment; it prints "ok" when every check held. Keys it makes are deleted at the end.
import os
import threading
import time

import redis

port = int(os.environ["PORT"])
key = os.environ.get("KEY", "orders")
r = redis.Redis(port=port, decode_responses=True)
r.delete(key)

# producing
ids = [r.xadd(key, {"sku": str(i), "qty": "1"}) for i in range(10)]
assert r.xlen(key) == 10
assert r.xrange(key, count=2)[0] == (ids[0], {"sku": "0", "qty": "1"})
assert [i for i, _ in r.xrevrange(key, count=3)] == list(reversed(ids[-3:]))
explicit = r.xadd(key, {"x": "y"}, id="99999999999999-1")
assert explicit == "99999999999999-1"
try:
    r.xadd(key, {"x": "y"}, id="1-1")
    raise SystemExit("an ID below the top was accepted")
except redis.ResponseError as e:
    assert "equal or smaller than the target stream top item" in str(e)

# a consumer group; two consumers share the stream
r.xgroup_create(key, "workers", id="0")
try:
    r.xgroup_create(key, "workers", id="0")
    raise SystemExit("BUSYGROUP expected")
except redis.ResponseError as e:
    assert "Consumer Group name already exists" in str(e), str(e)
a = r.xreadgroup("workers", "alice", {key: ">"}, count=4)
b = r.xreadgroup("workers", "bob", {key: ">"}, count=4)
assert [i for i, _ in a[0][1]] == ids[:4]
assert [i for i, _ in b[0][1]] == ids[4:8]
assert r.xack(key, "workers", ids[0], ids[1]) == 2

# pending lists
summary = r.xpending(key, "workers")
assert summary["pending"] == 6, summary
assert summary["min"] == ids[2] and summary["max"] == ids[7], summary
assert {c["name"]: c["pending"] for c in summary["consumers"]} == {"alice": 2, "bob": 4}
rows = r.xpending_range(key, "workers", min="-", max="+", count=10, consumername="bob")
assert [x["message_id"] for x in rows] == ids[4:8]
assert all(x["times_delivered"] == 1 for x in rows)

# reading one's own history counts a delivery
again = r.xreadgroup("workers", "alice", {key: "0"})
assert [i for i, _ in again[0][1]] == ids[2:4]
assert r.xpending_range(key, "workers", "-", "+", 10, "alice")[0]["times_delivered"] == 2

# claiming from a consumer that went away
time.sleep(0.05)
claimed = r.xclaim(key, "workers", "carol", min_idle_time=10, message_ids=[ids[4], ids[5]])
assert [i for i, _ in claimed] == [ids[4], ids[5]]
assert r.xclaim(key, "workers", "carol", min_idle_time=60000, message_ids=[ids[6]]) == []
just = r.xclaim(key, "workers", "carol", min_idle_time=0, message_ids=[ids[6]], justid=True)
assert just == [ids[6]], just

# auto-claim: a deleted entry is dropped from the list and reported
r.xdel(key, ids[7])
time.sleep(0.05)
auto = r.execute_command("XAUTOCLAIM", key, "workers", "dave", 10, "0-0", "COUNT", 10)
assert auto[0] == "0-0", auto
assert [e[0] for e in auto[1]] == [ids[2], ids[3], ids[4], ids[5], ids[6]], auto
assert auto[2] == [ids[7]], auto

# a blocking read is woken by a write on another connection
got = {}

def blocked_reader():
    rr = redis.Redis(port=port, decode_responses=True)
    got["reply"] = rr.xreadgroup("workers", "erin", {key: ">"}, count=1, block=10000)

# consume what is left first, so that the reader really waits
r.xreadgroup("workers", "erin", {key: ">"})
t = threading.Thread(target=blocked_reader)
t.start()
# the server says when the reader is blocked
deadline = time.time() + 10
while r.info("clients")["blocked_clients"] < 1:
    assert time.time() < deadline, "the reader never blocked"
    time.sleep(0.01)
new_id = r.xadd(key, {"late": "1"})
t.join(15)
assert not t.is_alive(), "the blocked read was not woken"
assert got["reply"][0][1][0][0] == new_id, got

# XREAD with BLOCK times out with nothing
assert r.xread({key: "$"}, block=100) == []

# XINFO
info = r.xinfo_stream(key)
assert info["length"] == r.xlen(key)
assert info["groups"] == 1
assert info["last-generated-id"] == new_id
groups = r.xinfo_groups(key)
assert groups[0]["name"] == "workers" and groups[0]["last-delivered-id"] == new_id, groups
consumers = {c["name"]: c for c in r.xinfo_consumers(key, "workers")}
assert consumers["dave"]["pending"] == 5, consumers
assert set(consumers) == {"alice", "bob", "carol", "dave", "erin"}, consumers

# trimming
before = r.xlen(key)
assert r.xtrim(key, maxlen=3, approximate=False) == before - 3
assert r.xlen(key) == 3
r.xadd(key, {"k": "v"}, maxlen=2, approximate=False)
assert r.xlen(key) == 2
last = r.xrevrange(key, count=1)[0][0]
assert r.xtrim(key, minid=last, approximate=False) == 1
assert r.xlen(key) == 1

# groups go away with the key
r.xgroup_destroy(key, "workers")
assert r.xinfo_groups(key) == []
assert r.delete(key) == 1
assert r.exists(key) == 0
print("ok")
