-- Divisions of the Department (phòng chuyên môn, Văn phòng, Thanh tra, Trung tâm) and which deputy
-- director is in charge of each. Data, not code: the management changes it without a release.
-- People and their memberships live in the engine's identity tables (Camunda Admin / LDAP);
-- each division has two Camunda groups: div-<code> (all staff) and div-<code>-head (its leaders).

CREATE TABLE org_division (
    code              VARCHAR(20)  NOT NULL PRIMARY KEY,
    name              VARCHAR(255) NOT NULL,
    kind              VARCHAR(20)  NOT NULL,      -- OFFICE, DIVISION, INSPECTORATE, CENTRE
    deputy_in_charge  VARCHAR(64),                -- user id of the Phó Giám đốc phụ trách
    sort_order        INTEGER      NOT NULL DEFAULT 0,
    active            BOOLEAN      NOT NULL DEFAULT TRUE
);

-- The default organisation of a provincial Department of Industry and Trade.
INSERT INTO org_division (code, name, kind, sort_order) VALUES
    ('VP',   'Văn phòng Sở', 'OFFICE', 10),
    ('TTRA', 'Thanh tra Sở', 'INSPECTORATE', 20),
    ('KHTC', 'Phòng Kế hoạch - Tài chính - Tổng hợp', 'DIVISION', 30),
    ('QLCN', 'Phòng Quản lý Công nghiệp', 'DIVISION', 40),
    ('QLTM', 'Phòng Quản lý Thương mại', 'DIVISION', 50),
    ('QLNL', 'Phòng Quản lý Năng lượng', 'DIVISION', 60),
    ('KTAT', 'Phòng Kỹ thuật an toàn - Môi trường', 'DIVISION', 70),
    ('TTKC', 'Trung tâm Khuyến công và Xúc tiến thương mại', 'CENTRE', 80);
