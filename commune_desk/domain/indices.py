"""Decision 766/QĐ-TTg (2022) service index: component weights (domain.md §4), 100 points."""

from __future__ import annotations

from types import MappingProxyType

DECISION_766_WEIGHTS = MappingProxyType({
    "transparency": 18,  # công khai, minh bạch
    "progress": 20,  # tiến độ giải quyết (on-time rate)
    "online": 12,  # dịch vụ công trực tuyến (online rate)
    "payment": 10,  # thanh toán trực tuyến
    "satisfaction": 18,  # mức độ hài lòng
    "digitisation": 22,  # số hóa hồ sơ, kết quả (digitised ÷ received; electronic results)
})
DECISION_766_TOTAL = 100
assert sum(DECISION_766_WEIGHTS.values()) == DECISION_766_TOTAL
