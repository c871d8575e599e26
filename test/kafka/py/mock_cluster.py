# librdkafka's built-in mock cluster (librdkafka 2.0.2, Debian's librdkafka1) as a reference Kafka
# broker for differential tests: one broker, the topics named on the command line created with
# rd_kafka_mock_topic_create. argv: topic:partitions ... Prints the bootstrap address, then runs
# until stdin closes.
import ctypes
import sys

lib = ctypes.CDLL("librdkafka.so.1")
c_void_p, c_char_p, c_size_t, c_int = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int
lib.rd_kafka_conf_new.restype = c_void_p
lib.rd_kafka_conf_set.argtypes = [c_void_p, c_char_p, c_char_p, c_char_p, c_size_t]
lib.rd_kafka_new.restype = c_void_p
lib.rd_kafka_new.argtypes = [c_int, c_void_p, c_char_p, c_size_t]
lib.rd_kafka_mock_cluster_new.restype = c_void_p
lib.rd_kafka_mock_cluster_new.argtypes = [c_void_p, c_int]
lib.rd_kafka_mock_cluster_bootstraps.restype = c_char_p
lib.rd_kafka_mock_cluster_bootstraps.argtypes = [c_void_p]
lib.rd_kafka_mock_topic_create.restype = c_int
lib.rd_kafka_mock_topic_create.argtypes = [c_void_p, c_char_p, c_int, c_int]

err = ctypes.create_string_buffer(512)
conf = lib.rd_kafka_conf_new()
lib.rd_kafka_conf_set(conf, b"log_level", b"0", err, 512)
rk = lib.rd_kafka_new(0, conf, err, 512)
if not rk:
    sys.exit("rd_kafka_new: " + err.value.decode())
mc = lib.rd_kafka_mock_cluster_new(rk, 1)
if not mc:
    sys.exit("rd_kafka_mock_cluster_new failed")
for spec in sys.argv[1:]:
    name, parts = spec.rsplit(":", 1)
    rc = lib.rd_kafka_mock_topic_create(mc, name.encode(), int(parts), 1)
    if rc != 0:
        sys.exit(f"rd_kafka_mock_topic_create {name}: {rc}")
print(lib.rd_kafka_mock_cluster_bootstraps(mc).decode(), flush=True)
sys.stdin.read()
