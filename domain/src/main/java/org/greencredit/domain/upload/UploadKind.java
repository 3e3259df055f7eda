package org.greencredit.domain.upload;

/** 上传类型. */
public enum UploadKind {
    /** 全量: every published result of the cycle */
    FULL,
    /** 增量: only the results that differ from what the earlier uploads of the cycle carried */
    INCREMENTAL
}
