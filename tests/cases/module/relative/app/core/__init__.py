from .. import VERSION as parent_version
